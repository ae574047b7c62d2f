BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"6b,13;6b",
"telephonique":"5r,7,1,1g;5y,1",
"telephoniques":"w",
"televised":"6i,v;6i",
"television":"44,3i"
});
