BRIEFINGS_SEARCH_WORDS("osd",{
"osdh":"1,2d,4,1v,7,1a,9,q,e,1,4,1,6,2"
});
