BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"72,i;72"
});
