BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"6p,j;6p"
});
