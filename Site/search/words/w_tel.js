BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"6k,13;6k",
"telephonique":"5x,7,1k;64",
"telephoniques":"w",
"televised":"6r,v;6r",
"television":"47,3o;47"
});
