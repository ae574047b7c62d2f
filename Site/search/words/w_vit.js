BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"7a,k;7a"
});
