BRIEFINGS_SEARCH_WORDS("cor",{
"coronavirus":"g,6p,1",
"corp":"r",
"corporation":"2,p,1h,5d",
"corps":"1l",
"corridor":"1,1i,1o,3r,8,1;6y"
});
