BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,70,3,1",
"corp":"r",
"corporation":"2,p,1h,5r",
"corps":"1l",
"corridor":"1,1i,1o,44,9,1;7b"
});
