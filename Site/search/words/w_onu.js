BRIEFINGS_SEARCH_WORDS("onu",{
"onu":"2,d,1,a,1,1,2,5,5,1,3,1,2,4,e,6,3,3,6,1,1,f,1,6,3,2,s,1,5,a,2,2,1,2,n,5,7,3,1,1,9,5,2,2,6,h,1,8,h,1,6,3,1,1,3,3,1,3,4,1;s,1l,23,16,16,1",
"onusien":"s,h",
"onusienne":"2d,m",
"onusiennes":"2d,f",
"onusiens":"2d"
});
