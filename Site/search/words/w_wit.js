BRIEFINGS_SEARCH_WORDS("wit",{
"with":"46,n,m,z,r,5,3,3,1,2;4t",
"without":"22,21,m,2s,2;7h"
});
