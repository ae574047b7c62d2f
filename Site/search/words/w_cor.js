BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,6y,3,1",
"corp":"r",
"corporation":"2,p,1h,5p",
"corps":"1l",
"corridor":"1,1i,1o,42,9,1;79"
});
