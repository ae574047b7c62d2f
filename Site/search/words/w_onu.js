BRIEFINGS_SEARCH_WORDS("onu",{
"onu":"2,d,1,a,1,1,2,5,5,1,3,1,2,4,e,8,3,6,1,1,f,1,6,3,2,6,1,6,c,2,1,2,4,1,n,5,1,7,3,1,1,7,2,8,6,1,e,7,1,9,a,a,2,5,3,1,1,3,3,1,3,4,1;s,1k,1i,1c,a,10,1",
"onusien":"s,h",
"onusienne":"2c,m",
"onusiennes":"2c,f",
"onusiens":"2c"
});
