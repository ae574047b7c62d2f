BRIEFINGS_SEARCH_WORDS("ant",{
"anti":"1c",
"antimissile":"x",
"antiterroriste":"33",
"antonio":"g,2b,10,1z,q,h,i,4,4,2,2,2,7;g,3b,1z,q,h,i"
});
