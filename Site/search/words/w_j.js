BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,69,c;76"
});
