BRIEFINGS_SEARCH_WORDS("now",{
"now":"47,2r,i,8,6;6y"
});
