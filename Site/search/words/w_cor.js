BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,6s,1",
"corp":"r",
"corporation":"2,p,1h,5g",
"corps":"1l",
"corridor":"1,1i,1o,3t,9,1;70"
});
