BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"39",
"telephone":"6j,13;6j",
"telephonique":"5w,7,1k;63",
"telephoniques":"w",
"televised":"6q,v;6q",
"television":"49,3l;49"
});
