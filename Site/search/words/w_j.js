BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,6c,c;79"
});
