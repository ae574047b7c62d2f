BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,5y,c;6v"
});
