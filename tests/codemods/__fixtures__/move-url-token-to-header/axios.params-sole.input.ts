import axios from 'axios';

export class ReportsService {
  constructor(private readonly accessToken: string) {}

  async getReport(id: string) {
    const response = await axios.get(`/api/reports/${id}`, { params: { access_token: this.accessToken } });
    return response.data;
  }
}
