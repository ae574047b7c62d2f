BRIEFINGS_SEARCH_WORDS("wil",{
"will":"77,1,c;77",
"williams":"2c,g,i,20,1y,4,5;2s"
});
