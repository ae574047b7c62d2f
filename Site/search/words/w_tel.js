BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"3a",
"telephone":"6b,10;6b",
"telephonique":"5r,7,1,1d;5y,1",
"telephoniques":"w",
"televised":"6g,u;6g",
"television":"45,3e"
});
