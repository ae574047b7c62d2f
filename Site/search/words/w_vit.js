BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"6q,j;6q"
});
