BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6n,p",
"loss":"6j,u;6j"
});
