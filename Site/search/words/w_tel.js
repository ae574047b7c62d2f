BRIEFINGS_SEARCH_WORDS("tel",{
"tel":"3a",
"telephone":"6c,10;6c",
"telephonique":"5s,7,1,1d;5z,1",
"telephoniques":"w",
"televised":"6h,u;6h",
"television":"45,3f"
});
