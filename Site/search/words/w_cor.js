BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,7b,1",
"corp":"r",
"corporation":"2,p,1i,5y",
"corps":"1l",
"corridor":"1,1i,2b,3q,8,1;7k"
});
