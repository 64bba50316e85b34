import { AdminRouteLoading } from "@/components/admin/route-states";

export default function AdminLoadingPage() {
  return <AdminRouteLoading />;
}
