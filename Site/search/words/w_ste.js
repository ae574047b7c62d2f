BRIEFINGS_SEARCH_WORDS("ste",{
"steering":"7v",
"stelios":"2r,4a,v;2r",
"stephane":"2s,3f,12,m,4;2s,4h",
"stephanie":"1z,u,14,1z,1v,4,5;2t,33",
"stepped":"63,1w",
"stepping":"77,o;77"
});
