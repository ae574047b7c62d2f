BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,6p,1",
"corp":"r",
"corporation":"2,p,1i,5c",
"corps":"1l",
"corridor":"1,1i,1p,3q,8,1;6y"
});
