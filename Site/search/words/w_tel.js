BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"6l,14;6l",
"telephonique":"5x,7,1,1l;64,1",
"telephoniques":"w",
"televised":"6s,w;6s",
"television":"4a,3n;4a"
});
