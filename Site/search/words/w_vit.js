BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"6o,k;6o"
});
