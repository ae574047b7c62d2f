BRIEFINGS_SEARCH_WORDS("pea",{
"peace":"2,72,3,1,4;77,5"
});
