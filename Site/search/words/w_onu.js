BRIEFINGS_SEARCH_WORDS("onu",{
"onu":"2,d,1,a,1,1,2,5,5,1,3,1,2,4,e,8,3,6,1,1,f,1,6,3,2,6,1,5,a,2,2,1,2,o,4,1,7,3,1,1,7,2,5,2,2,6,h,1,8,h,1,6,3,1,1,3,3,1,3,4,1;s,1k,1h,17,a,w,1",
"onusien":"s,h",
"onusienne":"2c,m",
"onusiennes":"2c,f",
"onusiens":"2c"
});
