import axios from 'axios';

export class ReportsService {
  constructor(private readonly accessToken: string) {}

  async getReport(id: string) {
    const response = await axios.get(`/api/reports/${id}`, { headers: { Authorization: `Bearer ${this.accessToken}` } });
    return response.data;
  }
}
