BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6t,v;6t"
});
