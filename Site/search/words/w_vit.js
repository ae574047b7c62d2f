BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"6s,j;6s"
});
