BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,61,c;6y"
});
