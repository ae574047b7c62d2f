BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"3w",
"telephone":"6x,10;6x",
"telephonique":"6d,7,1,1d;6k,1",
"telephoniques":"w",
"televised":"72,u;72",
"television":"4r,3e"
});
