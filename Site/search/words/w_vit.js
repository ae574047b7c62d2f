BRIEFINGS_SEARCH_WORDS("vit",{
"vital":"71,i;71"
});
