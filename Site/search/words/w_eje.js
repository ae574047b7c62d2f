BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6s,v;6s"
});
