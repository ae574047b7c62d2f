BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"69,13;69",
"telephonique":"5p,7,1,1g;5w,1",
"telephoniques":"w",
"televised":"6g,v;6g",
"television":"44,3g;44"
});
