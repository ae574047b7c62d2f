BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6v,p",
"loss":"6r,u;6r"
});
