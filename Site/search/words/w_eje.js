BRIEFINGS_SEARCH_WORDS("eje",{
"ejected":"6i,t;6i"
});
