import { Text, View } from '@tarojs/components';
import type { DashboardJunior } from '../../../../shared/api/targets';
import { rateText } from '../../../services/views/dashboard-view';

const headers = ['名次', '初中学校', '志愿 / 目标', '志愿完成率', '送培完成率'] as const;

function cells(j: DashboardJunior): string[] {
  return [String(j.rank), j.name, `${j.forms} / ${j.sendingTarget}`, rateText(j.formsRate), rateText(j.completion)];
}

/**
 * The chart's numbers as text. In the browser a real <table> (caption, column and row headers) so a
 * screen reader can move by cell; WeChat has no table and drops role attributes, so there it is
 * rows of plain text in the same order, which its screen reader reads line by line.
 */
export function ChartDataTable({ caption, juniors }: { caption: string; juniors: DashboardJunior[] }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <table className="dash-table">
        <caption className="dash-table-caption">{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {juniors.map((j) => {
            const [rank, name, ...rest] = cells(j);
            return (
              <tr key={j.juniorSchoolId}>
                <td>{rank}</td>
                <th scope="row">{name}</th>
                {rest.map((c, i) => (
                  <td key={headers[i + 2]}>{c}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return (
    <View className="dash-table">
      <Text className="dash-table-title">{caption}</Text>
      <View className="dash-table-row dash-table-head">
        {headers.map((h) => (
          <Text key={h} className="dash-table-cell">
            {h}
          </Text>
        ))}
      </View>
      {juniors.map((j) => (
        <View key={j.juniorSchoolId} className="dash-table-row">
          {cells(j).map((c, i) => (
            <Text key={headers[i]} className="dash-table-cell">
              {c}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
