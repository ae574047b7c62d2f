BRIEFINGS_SEARCH_WORDS("j",{
"j":"x,6a,c;77"
});
