BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"72,j;72"
});
