BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,5z,c;6w"
});
