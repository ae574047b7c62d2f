BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"6k,14;6k",
"telephonique":"5x,7,1l;64",
"telephoniques":"w",
"televised":"6r,w;6r",
"television":"47,3p;47"
});
