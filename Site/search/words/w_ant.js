BRIEFINGS_SEARCH_WORDS("ant",{
"anti":"1c",
"antimissile":"x",
"antiterroriste":"34",
"antonio":"g,2c,1l,1u,l,h,e,4,4,2,2,2,7;g,3x,1u,l,h,e"
});
