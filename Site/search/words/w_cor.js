BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,6q,1",
"corp":"r",
"corporation":"2,p,1i,5d",
"corps":"1l",
"corridor":"1,1i,1p,3r,8,1;6z"
});
