BRIEFINGS_SEARCH_WORDS("bul",{
"bulgare":"k",
"bulgares":"k",
"bulgaria":"k",
"bulgarian":"k",
"bulgarie":"k,7d;k"
});
