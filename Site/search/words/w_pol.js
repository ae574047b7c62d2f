BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,19,c,3z,m;6w",
"policy":"1r,3r,4,1u,8;5m",
"political":"3v,3p,8",
"politique":"5,4,v,5,5,g,16,8,2,2n,1q",
"politiques":"2c",
"pologne":"54,2m"
});
