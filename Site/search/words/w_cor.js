BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,6x,3,1",
"corp":"r",
"corporation":"2,p,1h,5o",
"corps":"1l",
"corridor":"1,1i,1o,41,9,1;78"
});
