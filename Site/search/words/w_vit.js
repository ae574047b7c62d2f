BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"73,j;73"
});
